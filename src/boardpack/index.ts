// The board-pack export, shared by the CLI (plain Node) and the app (a worker thread). It must not
// import electron.
export { buildBoardPack, type BoardPackOptions } from './boardPack'
export { SHEET_NAMES, sheetOrder } from './sheetNames'
export { buildDeck, type DeckOptions } from './deck/buildDeck'
