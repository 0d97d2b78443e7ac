// Loads the built dist-electron/main.cjs with a stand-in for the 'electron' module, then calls some of its
// IPC handlers, to prove the bundle (exceljs, yauzl, saxes inlined by esbuild) runs. Prints JSON.
const Module = require('module');
const path = require('path');
const [root, outXlsx, importFile, userData] = process.argv.slice(2);
const handlers = {};
const fake = {
  app: {
    requestSingleInstanceLock: () => true,
    quit() {},
    on() {},
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getAppPath: () => root,
    getPath: () => userData,
    addRecentDocument() {},
  },
  BrowserWindow: class {
    constructor(options) {
      this.options = options;
      this.webContents = { id: 1, send() {}, on() {} };
    }
    on() {}
    once() {}
    loadFile() {
      return Promise.resolve();
    }
    setTitle() {}
    setDocumentEdited() {}
    static getAllWindows() {
      return [];
    }
    static getFocusedWindow() {
      return null;
    }
  },
  ipcMain: { handle: (channel, fn) => (handlers[channel] = fn) },
  Menu: { setApplicationMenu() {}, buildFromTemplate: (t) => t },
  dialog: {
    showSaveDialog: async () => ({ canceled: false, filePath: outXlsx }),
    showOpenDialog: async () => ({ canceled: false, filePaths: [importFile] }),
  },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
  // Electron's utility process, played by a worker thread on the bundled work.cjs (which serves either parent port).
  utilityProcess: {
    fork(modulePath) {
      forked.push(path.basename(modulePath));
      const { Worker } = require('worker_threads');
      const worker = new Worker(modulePath);
      return {
        postMessage: (m) => worker.postMessage(m),
        on: (event, fn) => worker.on(event === 'exit' ? 'exit' : event, fn),
        kill: () => void worker.terminate(),
      };
    },
  },
};
const forked = [];
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron-stand-in' : resolve.call(this, request, ...rest);
};
require.cache['electron-stand-in'] = { id: 'electron-stand-in', filename: 'electron-stand-in', loaded: true, exports: fake };
const main = require(path.join(root, 'dist-electron', 'main.cjs'));
main.started.then(async () => {
  const event = { sender: { id: 1 }, senderFrame: { url: main.appUrl() } };
  const sample = await handlers.openSample(event);
  const exported = await handlers.exportXlsx(event, { workbook: sample.value.workbook, title: 'briefing', lang: 'ko' });
  const imported = await handlers.importFile(event, {});
  process.stdout.write(
    JSON.stringify({
      channels: Object.keys(handlers).sort(),
      sample: sample.ok && JSON.parse(sample.value.workbook).title,
      exported,
      imported: imported.ok && JSON.parse(imported.value).table.rows.length,
      forked,
    }),
  );
  process.exit(0);
});
