// Placeholder until the `gongwen export` command lands (another helper owns this file and replaces it whole).
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('gongwen: "export" 命令尚未提供 / the "export" command is not available yet\n');
  return 2;
}
