-- Headless Neovim check of docs/editors.md: the server attached to a .gw buffer publishes its
-- diagnostics. Uses start_client + buf_attach_client, which work from Neovim 0.7 (Debian 12's) up;
-- the documented vim.lsp.start / vim.lsp.config snippets are thin wrappers over the same calls.
-- Env: GONGWEN_SERVER (path of bin/gongwen-language-server.js), GONGWEN_MODEL, GONGWEN_OUT.
vim.g.do_filetype_lua = 1 -- Neovim 0.7 only reads vim.filetype.add when asked to (default from 0.8)
vim.filetype.add({ extension = { gw = 'gongwen', gongwen = 'gongwen' } })

local out = os.getenv('GONGWEN_OUT')
local function finish(lines)
  local f = io.open(out, 'w')
  f:write(table.concat(lines, '\n'))
  f:close()
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'gongwen',
  callback = function(args)
    local id = vim.lsp.start_client({
      name = 'gongwen',
      cmd = { 'node', os.getenv('GONGWEN_SERVER'), '--stdio' },
      root_dir = vim.fn.getcwd(),
      init_options = { defaultModel = os.getenv('GONGWEN_MODEL') },
      settings = { gongwen = { debounceMs = 50 } },
    })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})

-- Wait for diagnostics (or give up after 15 s), then write them out as "line:col code message".
local waited = 0
local timer = vim.loop.new_timer()
timer:start(500, 200, vim.schedule_wrap(function()
  waited = waited + 200
  local ds = vim.diagnostic.get(0)
  if #ds > 0 or waited > 15000 then
    timer:stop()
    local lines = {}
    for _, d in ipairs(ds) do
      table.insert(lines, string.format('%d:%d %s %s', d.lnum, d.col, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.message))
    end
    table.sort(lines)
    finish(lines)
  end
end))
