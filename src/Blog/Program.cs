using Blog.Cli;

// The command-line tool: build, preview, deploy, new, cube, check. Each command lives in Cli/.
return await CommandLine.RunAsync(args);
