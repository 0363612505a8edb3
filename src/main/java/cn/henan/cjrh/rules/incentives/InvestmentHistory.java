package cn.henan.cjrh.rules.incentives;

import cn.henan.cjrh.application.ApplicationForm.Investment;
import java.math.BigDecimal;
import java.util.List;

/** The form's yearly qualifying investments and surcharges payable (财税〔2019〕46号), as one fact. */
public final class InvestmentHistory {
    private final List<Investment> investments;

    public InvestmentHistory(List<Investment> investments) {
        this.investments = List.copyOf(investments);
    }

    public List<Investment> getInvestments() {
        return investments;
    }

    public boolean isEmpty() {
        return investments.isEmpty();
    }

    /**
     * The offset year by year with carry-forward.
     *
     * @param rate {@code incentive.surchargeOffsetRate}
     * @param firstYear {@code incentive.surchargeOffsetFirstYear}: the policy is effective from 1 January of that year
     */
    public SurchargeOffsetLedger offsetLedger(BigDecimal rate, int firstYear) {
        return SurchargeOffsetLedger.carryForward(rate, firstYear, investments);
    }
}
