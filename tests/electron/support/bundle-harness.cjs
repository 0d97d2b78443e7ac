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
      this.webContents = { id: 1, send() {}, on() {}, postMessage: (channel, _m, ports) => pagePorts.push({ channel, port: ports[0] }) };
    }
    on() {}
    once() {}
    loadFile() {
      return Promise.resolve();
    }
    setTitle() {}
    setDocumentEdited() {}
    isDestroyed() {
      return false;
    }
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
  MessageChannelMain: require('worker_threads').MessageChannel,
  // Electron's utility process, played by a worker thread on the bundled work.cjs (which serves either parent port).
  utilityProcess: {
    fork(modulePath) {
      forked.push(path.basename(modulePath));
      const { Worker } = require('worker_threads');
      const worker = new Worker(modulePath);
      return {
        // A port posted beside a message (Electron) travels inside it (worker_threads).
        postMessage: (m, ports) => (ports ? worker.postMessage({ ...m, port: ports[0] }, ports) : worker.postMessage(m)),
        on: (event, fn) => worker.on(event === 'exit' ? 'exit' : event, fn),
        kill: () => void worker.terminate(),
      };
    },
  },
};
const forked = [];
const pagePorts = [];
/** The page's side of its port: put and take a blob (core/ipc-wire's protocol). */
function pageCall(port, message) {
  return new Promise((resolve, reject) => {
    port.once('message', (m) => (m.kind === 'fail' ? reject(m.error) : resolve(m.kind === 'put' ? m.ref : m.text)));
    port.postMessage({ ...message, id: 1 });
  });
}
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron-stand-in' : resolve.call(this, request, ...rest);
};
require.cache['electron-stand-in'] = { id: 'electron-stand-in', filename: 'electron-stand-in', loaded: true, exports: fake };
const main = require(path.join(root, 'dist-electron', 'main.cjs'));
main.started.then(async () => {
  const event = { sender: { id: 1 }, senderFrame: { url: main.appUrl() } };
  await handlers.workConnect(event);
  const port = pagePorts[0].port;
  const sample = await handlers.openSample(event);
  const text = await pageCall(port, { kind: 'take', ref: sample.value.workbook });
  const ref = await pageCall(port, { kind: 'put', text });
  const exported = await handlers.exportXlsx(event, { workbook: ref, title: 'briefing', lang: 'ko' });
  const imported = await handlers.importFile(event, {});
  const preview = imported.ok && JSON.parse(await pageCall(port, { kind: 'take', ref: imported.value }));
  process.stdout.write(
    JSON.stringify({
      channels: Object.keys(handlers).sort(),
      sample: sample.ok && JSON.parse(text).title,
      portChannel: pagePorts[0].channel,
      exported,
      imported: preview && preview.table.rows.length,
      forked,
    }),
  );
  process.exit(0);
});
