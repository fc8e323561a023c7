import { buildClaimResponse } from "@/okta/hook-response/build-claim-response";
import type { TokenKind } from "@/okta/hook-request/request-schema";
import type { HookSettings } from "./answer-token-hook";

/**
 * The answer for one set of tokens being minted: the JSON text around each copy of the patient ID
 * (`parts`), or null parts when the claim name's own text could be mistaken for the hole (then the
 * answer is serialised whole, per call); null when no configured token is being minted.
 */
type Template = { parts: string[] | null; tokensPatched: TokenKind[]; identity: boolean; access: boolean } | null;

type Templates = { id: Template; access: Template; both: Template };

// A stand-in no JSON text can contain unescaped ("\u0000" is written escaped): where the value goes.
const HOLE = "\u0000";
const HOLE_TEXT = JSON.stringify(HOLE);

/**
 * The answer's constant text, built once per settings (docs/okta-token-hook.md §3.2): one `add` of
 * the claim per configured token that Okta is minting. Built by the same builder as everywhere
 * else (buildClaimResponse) and split where the value goes, so per call only the patient ID is
 * serialised; claim-answer-template.test.ts holds it equal to serialising the builder's answer.
 */
function buildTemplates(settings: Pick<HookSettings, "claimName" | "claimTokens">): Templates {
  const template = (identity: boolean, access: boolean): Template => {
    const request = { data: { identity, access } };
    const response = buildClaimResponse({ claimName: settings.claimName, value: HOLE, tokens: settings.claimTokens, request });
    if (!response) return null;
    const tokensPatched = (response.commands ?? []).map((command): TokenKind => (command.type === "com.okta.identity.patch" ? "id" : "access"));
    const parts = JSON.stringify(response).split(HOLE_TEXT);
    return { parts: parts.length === tokensPatched.length + 1 ? parts : null, tokensPatched, identity, access };
  };
  return { id: template(true, false), access: template(false, true), both: template(true, true) };
}

const templatesOf = new WeakMap<object, Templates>();

export type ClaimAnswer = { body: string; tokensPatched: TokenKind[] };

/** The claim answer's JSON text for `patientId`, or null when no configured token is being minted. */
export function claimAnswer(
  settings: Pick<HookSettings, "claimName" | "claimTokens">,
  minting: { identity: boolean; access: boolean },
  patientId: string,
): ClaimAnswer | null {
  let templates = templatesOf.get(settings);
  if (!templates) templatesOf.set(settings, (templates = buildTemplates(settings)));
  const template = minting.identity ? (minting.access ? templates.both : templates.id) : minting.access ? templates.access : null;
  if (!template) return null;
  const body = template.parts
    ? template.parts.join(JSON.stringify(patientId))
    : JSON.stringify(buildClaimResponse({ ...settings, value: patientId, tokens: settings.claimTokens, request: { data: template } }));
  return { body, tokensPatched: template.tokensPatched };
}
