// The demo helpdesk: a small agent inbox with a scripted customer, for trying Calmdesk and for end-to-end tests.
// Query options: ?scripted=0 turns the scripted customer off; ?interval=ms changes its pace.
(() => {
  const params = new URLSearchParams(location.search);
  const scripted = params.get('scripted') !== '0';
  const state = { conversations: [], selectedId: null, nextId: 1 };

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  function newMessage(role, text, author) {
    return { id: `m${state.nextId++}`, role, text, author };
  }

  function authorFor(conversation, role) {
    if (role === 'customer') return conversation.customer;
    if (role === 'agent') return document.querySelector('.topbar__agent-name').textContent;
    if (role === 'note') return 'Internal note';
    return undefined;
  }

  function renderList() {
    const list = document.getElementById('conversation-list');
    list.replaceChildren(
      ...state.conversations.map((c) => {
        const item = el('li');
        const button = el('button', 'conversation-item');
        button.type = 'button';
        button.dataset.conversationId = c.id;
        button.setAttribute('aria-current', String(c.id === state.selectedId));
        const name = el('span', 'conversation-item__name', c.customer);
        if (c.unread) name.append(el('span', 'conversation-item__badge', String(c.unread)));
        const last = [...c.messages].reverse().find((m) => m.role === 'customer');
        button.append(name, el('span', 'conversation-item__preview', last ? last.text : ''));
        button.addEventListener('click', () => select(c.id));
        item.append(button);
        return item;
      }),
    );
  }

  function renderMessage(m) {
    const item = el('li', `message message--${m.role}`);
    item.dataset.messageId = m.id;
    item.dataset.role = m.role;
    if (m.author) item.append(el('span', 'message__author', m.author));
    item.append(el('p', 'message__text', m.text));
    return item;
  }

  function renderConversation() {
    const c = current();
    const main = document.getElementById('conversation');
    main.dataset.conversationId = c.id;
    document.getElementById('customer-name').textContent = c.customer;
    document.getElementById('customer-topic').textContent = c.topic;
    const list = document.getElementById('message-list');
    // Real inboxes replace the whole list on a switch; so does this one.
    const fresh = list.cloneNode(false);
    fresh.append(...c.messages.map(renderMessage));
    list.replaceWith(fresh);
    fresh.scrollTop = fresh.scrollHeight;
  }

  function current() {
    return state.conversations.find((c) => c.id === state.selectedId);
  }

  function select(id) {
    state.selectedId = id;
    current().unread = 0;
    history.replaceState(null, '', `#${id}`);
    renderList();
    renderConversation();
  }

  function add(conversationId, role, text) {
    const c = state.conversations.find((x) => x.id === conversationId);
    if (!c) throw new Error(`no conversation ${conversationId}`);
    const message = newMessage(role, text, authorFor(c, role));
    c.messages.push(message);
    if (c.id === state.selectedId) {
      const list = document.getElementById('message-list');
      list.append(renderMessage(message));
      list.scrollTop = list.scrollHeight;
    } else if (role === 'customer') {
      c.unread = (c.unread || 0) + 1;
    }
    renderList();
    return message.id;
  }

  function startScript(intervalMs) {
    const status = document.getElementById('script-status');
    status.textContent = 'Customers are typing…';
    setInterval(() => {
      // The customer of the open conversation writes next, so the panel visibly reacts to what the agent sees.
      const c = current().script.length ? current() : state.conversations.find((x) => x.script.length);
      if (!c) {
        status.textContent = '';
        return;
      }
      add(c.id, 'customer', c.script.shift());
    }, intervalMs);
  }

  document.getElementById('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('composer-input');
    const text = input.value.trim();
    if (!text) return;
    const mode = new FormData(event.target).get('mode');
    add(state.selectedId, mode === 'note' ? 'note' : 'agent', text);
    input.value = '';
  });

  window.calmdeskDemo = {
    add,
    select,
    get selectedId() {
      return state.selectedId;
    },
  };

  fetch('conversations.json')
    .then((response) => response.json())
    .then((data) => {
      state.conversations = data.conversations.map((c) => ({
        ...c,
        unread: 0,
        script: scripted ? [...c.script] : [],
        messages: c.history.map((m) => newMessage(m.role, m.text, authorFor(c, m.role))),
      }));
      const fromHash = location.hash.slice(1);
      select(state.conversations.some((c) => c.id === fromHash) ? fromHash : state.conversations[0].id);
      if (scripted) startScript(Number(params.get('interval')) || data.scriptIntervalMs);
      document.documentElement.dataset.ready = 'true';
    });
})();
