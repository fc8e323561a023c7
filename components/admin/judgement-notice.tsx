import { Notice } from "@/components/ui/notice";
import type { HookAnswerJudgement } from "@/lib/admin/tester/judge-hook-answer";

/** Okta's verdict on an answer, green when Okta would take it, amber when it would not. */
export function JudgementNotice({ judgement }: { judgement: HookAnswerJudgement }) {
  return (
    <Notice tone={judgement.accepted && !judgement.lookupFailed ? "ok" : "problem"} title={judgement.headline} data-verdict={judgement.outcome}>
      <p>{judgement.detail}</p>
    </Notice>
  );
}
