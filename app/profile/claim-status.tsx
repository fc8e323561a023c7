import { Notice } from "@/components/ui/notice";
import type { ClaimDiagnosis } from "@/lib/profile/claim-diagnosis";

/** The answer to "did the hook add my claim, and if not, why not?" at the top of the profile. */
export function ClaimStatus({
  diagnosis,
  claimName,
  claimValue,
}: {
  diagnosis: ClaimDiagnosis;
  claimName: string;
  claimValue: string | null;
}) {
  return (
    <Notice tone={diagnosis.severity} title={diagnosis.title} data-diagnosis={diagnosis.kind}>
      {claimValue !== null && (
        <p>
          <code>{claimName}</code> = <code className="font-semibold">{claimValue}</code>
        </p>
      )}
      {diagnosis.details.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {diagnosis.causes && (
        <ol className="list-decimal space-y-1 pl-5">
          {diagnosis.causes.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
      )}
    </Notice>
  );
}
