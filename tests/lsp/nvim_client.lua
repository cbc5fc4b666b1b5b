-- Opens a page in headless Neovim with its built-in LSP client attached to `careerlint lsp` and
-- writes the diagnostics it receives, one per line, to the output file:
--   <line>:<col> <severity> <code> <message>      (0-based line, byte column, as Neovim keeps them)
-- Run as: nvim --headless -u NONE -i NONE -n -c "luafile nvim_client.lua" with the environment
-- CAREERLINT_BINARY, CAREERLINT_PAGE and CAREERLINT_OUTPUT set.
local binary = os.getenv("CAREERLINT_BINARY")
local page = os.getenv("CAREERLINT_PAGE")
local output = os.getenv("CAREERLINT_OUTPUT")

local function finish(lines, code)
  local file = assert(io.open(output, "w"))
  file:write(table.concat(lines, "\n"), "\n")
  file:close()
  vim.cmd((code == 0 and "qall!" or "cquit! " .. code))
end

vim.cmd("edit " .. vim.fn.fnameescape(page))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "careerlint",
  cmd = { binary, "lsp" },
  root_dir = vim.fn.fnamemodify(page, ":h"),
})
if not client then
  finish({ "FAIL: the client did not start" }, 3)
  return
end
vim.lsp.buf_attach_client(buffer, client)

local received = vim.wait(30000, function()
  return #vim.diagnostic.get(buffer) > 0
end, 50)
if not received then
  finish({ "FAIL: no diagnostics within 30 s" }, 4)
  return
end
local severities = { "error", "warning", "info", "hint" }
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  table.insert(lines, string.format("%d:%d %s %s %s", d.lnum, d.col, severities[d.severity],
    tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.message))
end
table.sort(lines)
local stopped = false
local lsp = vim.lsp.get_client_by_id(client)
lsp.stop()
vim.wait(5000, function()
  stopped = lsp.is_stopped()
  return stopped
end, 50)
if not stopped then table.insert(lines, "FAIL: the server did not stop") end
finish(lines, stopped and 0 or 5)
