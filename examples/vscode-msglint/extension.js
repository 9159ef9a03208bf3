// A minimal VS Code client for `msglint server`: starts it over stdio for HTML, template and
// text files, and tells it when msglint.toml or pyproject.toml change.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

exports.activate = function activate(context) {
  const config = vscode.workspace.getConfiguration("msglint");
  const command = config.get("path") || "msglint";
  const docsUrl = config.get("docsUrl");
  client = new LanguageClient(
    "msglint",
    "msglint",
    { command, args: ["server"] },
    {
      documentSelector: ["html", "jinja-html", "handlebars", "liquid", "plaintext"].map((language) => ({
        scheme: "file",
        language,
      })),
      initializationOptions: docsUrl ? { docsUrl } : {},
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{msglint.toml,pyproject.toml}"),
      },
    },
  );
  context.subscriptions.push(client);
  return client.start();
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
