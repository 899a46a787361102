// The README's CLI synopsis and each command's --help name the same options: a user reading one
// must not miss what the other offers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FIX_USAGE } from './commands/fix';
import { LINT_USAGE, OPTIONS } from './commands/lint';
import { DAEMON_USAGE } from './commands/daemon';
import { USAGE } from './usage';

const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
const cli = readme.slice(readme.indexOf('## The CLI'), readme.indexOf('## Configuration'));
const synopsis = cli.slice(cli.indexOf('```sh'), cli.indexOf('```', cli.indexOf('```sh') + 5));
const part = (from: string, to: string) => synopsis.slice(synopsis.indexOf(from), synopsis.indexOf(to));
/** The long options a text names (--help aside: every command has it). */
const longOptions = (t: string) => [...new Set([...t.matchAll(/(?<![\w-])--[a-z][\w-]*/g)].map((m) => m[0]))].filter((o) => o !== '--help').sort();

describe('README synopsis and --help', () => {
  it('lint: the same long options, and every one lint takes', () => {
    assert.deepStrictEqual(longOptions(part('gongwen lint', 'gongwen fix')), longOptions(LINT_USAGE));
    const taken = Object.keys(OPTIONS).map((k) => `--${k}`).filter((o) => o !== '--help');
    assert.deepStrictEqual(taken.filter((o) => !longOptions(LINT_USAGE).includes(o)), []);
  });

  it('fix: the same long options', () => {
    assert.deepStrictEqual(longOptions(part('gongwen fix', 'gongwen train')), longOptions(FIX_USAGE));
  });

  it('the commands and their forms are the same', () => {
    assert.match(synopsis, /gongwen fix +<files \| folders \| ->\.\.\./);
    assert.match(FIX_USAGE, /gongwen fix <文件\|文件夹\|->\.\.\./);
    assert.match(USAGE, /^ {2}fix <文件\|文件夹\|->\.\.\./m);
    const daemon = /start\|stop\|status\|restart\|serve/;
    for (const t of [synopsis, USAGE, DAEMON_USAGE]) assert.match(t, daemon);
  });
});
