// Placeholder until the `gongwen issue` command lands (another helper owns this file and replaces it whole).
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('gongwen: "issue" 命令尚未提供 / the "issue" command is not available yet\n');
  return 2;
}
