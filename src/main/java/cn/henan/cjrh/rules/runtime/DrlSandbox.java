package cn.henan.cjrh.rules.runtime;

import cn.henan.cjrh.rules.RulesetMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DRL is code that policy staff edit at run time (HOUSE-STYLE.md §5), so before compiling we refuse any reference to a
 * class outside the fact packages ({@code cn.henan.cjrh.rules..}) and a few value types of java.lang, java.math,
 * java.time and java.util, and any reflective or session-escaping call. The check reads the source with comments and
 * strings blanked out; it is an allow-list, so a name it does not know is refused.
 */
public final class DrlSandbox {
    static final String FACT_PACKAGE = "cn.henan.cjrh.rules";

    private static final Set<String> ALLOWED_CLASSES = Set.of(
            "java.lang.String",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Boolean",
            "java.lang.Math",
            "java.lang.Number",
            "java.lang.Object",
            "java.lang.StringBuilder",
            "java.lang.CharSequence",
            "java.lang.Comparable",
            "java.lang.Iterable",
            "java.math.BigDecimal",
            "java.math.BigInteger",
            "java.math.RoundingMode",
            "java.time.LocalDate",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.Month",
            "java.time.Period",
            "java.time.temporal.ChronoUnit",
            "java.util.List",
            "java.util.Map",
            "java.util.Set",
            "java.util.Collection",
            "java.util.ArrayList",
            "java.util.LinkedHashMap",
            "java.util.HashMap",
            "java.util.HashSet",
            "java.util.Objects",
            "java.util.Optional");

    /** Visible in DRL without an import, as in Java. */
    private static final Set<String> IMPLICIT_JAVA_LANG = ALLOWED_CLASSES.stream()
            .filter(name -> name.startsWith("java.lang."))
            .map(name -> name.substring("java.lang.".length()))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^\\s*import\\s+(function\\s+|static\\s+|accumulate\\s+)?([\\w.$*]+)");
    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+(?:trait\\s+|enum\\s+)?(\\w+)");
    // Each name pattern tests its first letter before looking behind it: most positions fail on the letter alone, and
    // a look-behind tried at every position of every file was about a third of the check's time in the profile.
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("([a-z_](?<![\\w$.][a-z_])\\w*\\s*\\.\\s*(?:[a-z_]\\w*\\s*\\.\\s*)*[A-Z]\\w*)");
    private static final Pattern TYPE_NAME = Pattern.compile("([A-Z](?<![\\w$.][A-Z])\\w*)");
    private static final Pattern FORBIDDEN_MEMBER = Pattern.compile(
            "\\.\\s*(getClass|getClassLoader|forName|newInstance|getDeclared\\w*|getMethod|getField|invoke"
                    + "|setAccessible"
                    + "|exec|exit|halt|class)\\b");
    private static final Pattern KNOWLEDGE_HELPER = Pattern.compile("\\b(drools|kcontext)\\s*\\.\\s*(\\w+)");

    private final ClassLoader classLoader;

    public DrlSandbox() {
        this(DrlSandbox.class.getClassLoader());
    }

    DrlSandbox(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** What this file may not do; empty when it stays inside the fact packages. */
    public List<RulesetMessage> check(String path, String source) {
        var code = DrlText.codeOnly(source);
        var messages = new ArrayList<RulesetMessage>();
        var packageName = checkPackage(path, code, messages);
        var importedNames = checkImports(path, code, messages);
        importedNames.addAll(declaredTypes(code));
        checkQualifiedNames(path, code, messages);
        checkTypeNames(path, code, packageName, importedNames, messages);
        checkMembers(path, code, messages);
        return messages;
    }

    private String checkPackage(String path, String code, List<RulesetMessage> messages) {
        var matcher = PACKAGE.matcher(code);
        if (!matcher.find()) {
            messages.add(at(path, code, 0, "缺少 package 声明，规则包须位于 " + FACT_PACKAGE + " 之下"));
            return null;
        }
        var name = matcher.group(1);
        if (!inFactPackages(name)) {
            messages.add(at(path, code, matcher.start(1), "不允许的 package " + name + "，规则包须位于 " + FACT_PACKAGE + " 之下"));
        }
        return name;
    }

    private Set<String> checkImports(String path, String code, List<RulesetMessage> messages) {
        var simpleNames = new HashSet<String>();
        var matcher = IMPORT.matcher(code);
        while (matcher.find()) {
            var kind = matcher.group(1) == null ? "" : matcher.group(1).strip();
            var name = matcher.group(2);
            var className = kind.equals("function") || kind.equals("static") ? ownerOf(name) : name;
            if (!allowedClass(className)) {
                messages.add(at(
                        path,
                        code,
                        matcher.start(2),
                        "不允许的 import " + name + "：规则只能引用 " + FACT_PACKAGE
                                + ".. 中的事实类型和 java.lang、java.math、java.time、java.util 中的基础类型"));
            } else if (kind.isEmpty() && !name.endsWith("*")) {
                simpleNames.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        return simpleNames;
    }

    private static Set<String> declaredTypes(String code) {
        var names = new HashSet<String>();
        if (!code.contains("declare")) {
            return names;
        }
        Matcher matcher = DECLARE.matcher(code);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private void checkQualifiedNames(String path, String code, List<RulesetMessage> messages) {
        var matcher = QUALIFIED_NAME.matcher(code);
        while (matcher.find()) {
            var name = matcher.group(1).replaceAll("\\s+", "");
            if (isImportLine(code, matcher.start()) || name.startsWith("drools.") || name.startsWith("kcontext.")) {
                continue;
            }
            if (!allowedClass(name)) {
                messages.add(at(
                        path,
                        code,
                        matcher.start(1),
                        "不允许使用 " + name + "：规则只能引用 " + FACT_PACKAGE
                                + ".. 中的事实类型和 java.lang、java.math、java.time、java.util 中的基础类型"));
            }
        }
    }

    private void checkTypeNames(
            String path, String code, String packageName, Set<String> imported, List<RulesetMessage> messages) {
        var matcher = TYPE_NAME.matcher(code);
        while (matcher.find()) {
            var name = matcher.group(1);
            if (isImportLine(code, matcher.start()) || imported.contains(name) || IMPLICIT_JAVA_LANG.contains(name)) {
                continue;
            }
            if (packageName != null && inFactPackages(packageName) && loadable(packageName + "." + name)) {
                continue; // a fact type of the rule file's own package, visible without an import
            }
            messages.add(at(
                    path,
                    code,
                    matcher.start(1),
                    "不允许使用 " + name + "：未导入，或不是规则可用的类型" + "（只能引用 " + FACT_PACKAGE
                            + ".. 中的事实类型和 java.lang、java.math、java.time、java.util 中的基础类型）"));
        }
    }

    private void checkMembers(String path, String code, List<RulesetMessage> messages) {
        var forbidden = FORBIDDEN_MEMBER.matcher(code);
        while (forbidden.find()) {
            messages.add(at(path, code, forbidden.start(1), "不允许调用 " + forbidden.group(1) + "：规则不得使用反射或结束进程"));
        }
        var helper = KNOWLEDGE_HELPER.matcher(code);
        while (helper.find()) {
            if (!helper.group(2).equals("getRule")) {
                messages.add(at(
                        path,
                        code,
                        helper.start(),
                        "不允许调用 " + helper.group(1) + "." + helper.group(2) + "：规则结论中只能用 drools.getRule() 读取规则元数据"));
            }
        }
    }

    private boolean allowedClass(String name) {
        if (name.endsWith(".*")) {
            return inFactPackages(name.substring(0, name.length() - 2));
        }
        return inFactPackages(name) || ALLOWED_CLASSES.contains(name);
    }

    private static boolean inFactPackages(String name) {
        return name.equals(FACT_PACKAGE) || name.startsWith(FACT_PACKAGE + ".");
    }

    private static String ownerOf(String member) {
        int dot = member.lastIndexOf('.');
        return dot < 0 ? member : member.substring(0, dot);
    }

    private boolean loadable(String className) {
        try {
            Class.forName(className, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isImportLine(String code, int index) {
        int lineStart = code.lastIndexOf('\n', index - 1) + 1;
        var line = code.substring(lineStart, Math.min(code.length(), index + 1)).stripLeading();
        return line.startsWith("import") || line.startsWith("package");
    }

    private static RulesetMessage at(String path, String code, int index, String text) {
        return new RulesetMessage(path, DrlText.lineOf(code, index), DrlText.columnOf(code, index), text);
    }
}
