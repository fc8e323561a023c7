import ts from "typescript";

const GUARD = "requireAdmin";

/** `await requireAdmin()`, alone or assigned: the statement every admin action must start with. */
function isGuardCall(statement: ts.Statement): boolean {
  let expression: ts.Expression | undefined;
  if (ts.isExpressionStatement(statement)) expression = statement.expression;
  else if (ts.isVariableStatement(statement)) expression = statement.declarationList.declarations[0]?.initializer;
  if (!expression || !ts.isAwaitExpression(expression)) return false;
  const call = expression.expression;
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === GUARD;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/**
 * The exported functions of a "use server" module whose first statement is not
 * `await requireAdmin()`: each is a public POST endpoint that would run for anyone. Exports this
 * cannot read (re-exports, non-function values) are reported too, so nothing slips by unread.
 */
export function findUnguardedActions(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const problems: string[] = [];
  const check = (name: string, body: ts.ConciseBody | undefined) => {
    const first = body && ts.isBlock(body) ? body.statements[0] : undefined;
    if (!first || !isGuardCall(first)) problems.push(`${fileName}: ${name} does not start with await ${GUARD}()`);
  };
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      check(statement.name?.text ?? "default export", statement.body);
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const value = declaration.initializer;
        const name = declaration.name.getText(file);
        if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) check(name, value.body);
        else problems.push(`${fileName}: ${name} is exported but is not a function this check can read`);
      }
    } else if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      problems.push(`${fileName}: "${statement.getText(file)}" exports something this check cannot read`);
    }
  }
  return problems;
}
