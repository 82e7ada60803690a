import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.ts';
import { serve } from './serve.ts';
import { CliError, commands } from './commands.ts';

const usage = `Usage: kring <command> [options]

Commands:
  serve                                   start the server (PORT, HOST, KRING_DATABASE_URL)
  migrate                                 bring the database schema up to date
  demo [--owner EMAIL]                    load the demo region into a new workspace
  user add EMAIL [--name NAME] [--admin]  create an account; the password is read from stdin
  token create EMAIL [--name NAME]        print a new API token for an account
  workspace add-member WORKSPACE_ID EMAIL [--role owner|editor|viewer]
                                          add an account to a workspace (default role: viewer)
  import WORKSPACE_ID FILE [--as EMAIL] [--format csv|vcard] [--dry-run]
                                          import people from a spreadsheet (CSV) or an address
                                          book (vCard), as an editor (default: the first
                                          administrator)
  openapi                                 print the OpenAPI document (no database needed)
  help                                    show this text`;

/** Runs one CLI command; returns the exit code. */
export async function main(
  argv: string[],
  out = (line: string) => console.log(line),
  err = (line: string) => console.error(line),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        owner: { type: 'string' },
        admin: { type: 'boolean' },
        name: { type: 'string' },
        role: { type: 'string' },
        as: { type: 'string' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(`kring: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (command === undefined || command === 'help' || parsed.values.help) {
    out(usage);
    return command === undefined && !parsed.values.help ? 2 : 0;
  }
  try {
    const config = loadConfig();
    if (command === 'serve') return await serve(config, out);
    const run = commands[command];
    if (!run) throw new CliError(`unknown command "${command}"\n\n${usage}`, 2);
    return await run(config, rest, parsed.values, out);
  } catch (error) {
    if (error instanceof ConfigError) {
      err(`kring: ${error.message}`);
      return 78;
    }
    if (error instanceof CliError) {
      err(`kring: ${error.message}`);
      return error.exitCode;
    }
    err(`kring: ${(error as Error).message}`);
    return 1;
  }
}
