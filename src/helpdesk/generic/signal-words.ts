/**
 * The words chat pages use to say who wrote a message, matched as whole tokens of class names, data-* and aria
 * values, and of short labels beside a message (sender tags). English, pinyin and Chinese, as found in public
 * helpdesk and chat-kit markup (see docs/helpdesk-dom.md, "Generic detection").
 */

/** Words that name the customer's side in an agent's console. */
export const CUSTOMER_WORDS = [
  'customer',
  'customers',
  'client',
  'visitor',
  'guest',
  'contact',
  'requester',
  'enduser',
  'incoming',
  'inbound',
  'received',
  'receive',
  'recv',
  'in',
  'other',
  'others',
  'them',
  'their',
  'remote',
  'peer',
  'kehu',
  'fangke',
  'guke',
  '客户',
  '访客',
  '顾客',
  '买家',
] as const;

/** Words that name the agent's own side. "me/self/own" is the agent: the console belongs to the agent. */
export const AGENT_WORDS = [
  'agent',
  'agents',
  'operator',
  'staff',
  'support',
  'admin',
  'outgoing',
  'outbound',
  'sent',
  'send',
  'out',
  'me',
  'self',
  'own',
  'mine',
  'my',
  'kefu',
  'zuoxi',
  '客服',
  '坐席',
  '人工客服',
  '商家',
  'you',
  '我',
] as const;

/**
 * Words that mark two sides without saying which is the agent: a chat kit's "user" is whoever types in this
 * browser (here the agent), a helpdesk's "user" is the end customer; "bot" is an automated agent reply in a
 * helpdesk but the remote party in a chatbot kit. They only tell messages apart until calibration names a side.
 */
export const SIDE_ONLY_WORDS = [
  'user',
  'bot',
  'assistant',
  'ai',
  'human',
  'left',
  'right',
  'start',
  'end',
  'yonghu',
  '用户',
  '机器人',
] as const;

export const NOTE_WORDS = [
  'note',
  'notes',
  'internal',
  'private',
  'whisper',
  'beizhu',
  '备注',
  '内部',
  '内部备注',
] as const;

export const SYSTEM_WORDS = [
  'system',
  'sys',
  'event',
  'events',
  'notice',
  'notification',
  'activity',
  'divider',
  'separator',
  'daybreak',
  'day',
  'date',
  'tip',
  'tips',
  'banner',
  'lineitem',
  'announcement',
  'typing',
  'xitong',
  '系统',
  '系统消息',
] as const;

/** Whole-row texts a chat shows between messages: joins, transfers, endings, typing, date separators. */
export const SYSTEM_PHRASES: readonly RegExp[] = [
  /\b(joined|left|entered|ended|closed|reopened|transferred|assigned|resolved)\b.*\b(chat|conversation|room|ticket)\b/i,
  /\b(chat|conversation|ticket)\b.*\b(started|ended|closed|transferred|assigned|resolved)\b/i,
  /\b(is typing|typing…|typing\.\.\.)/i,
  /end-to-end encrypted/i,
  /(加入|进入|离开|退出|结束|关闭|转接|接入|分配)了?(会话|对话|聊天)/,
  /(会话|对话)(已)?(开始|结束|关闭|转接|超时)/,
  /正在输入/,
  /^(访客|客户|客服).{0,12}(已)?(上线|离线|离开)/,
];

/** Row texts that are only a date or time: date separators and lone timestamps. */
export const DATE_ONLY =
  /^(today|yesterday|今天|昨天|前天|(mon|tues|wednes|thurs|fri|satur|sun)day|星期.|周.|\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?|\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?|[\s,:/.\-\d年月日号]|am|pm|上午|下午|晚上)+$/i;

/** Inputs that are searches or filters, not the reply box. */
export const NOT_COMPOSER_WORDS = /search|filter|find|query|lookup|搜索|查找|筛选|检索/i;

/** Class tokens that vary between messages of one side (grouping, animation, delivery state): never a side. */
export const NOISE_TOKENS = new Set([
  'first',
  'last',
  'middle',
  'group',
  'grouped',
  'continued',
  'consecutive',
  'sequential',
  'tail',
  'head',
  'new',
  'unread',
  'read',
  'seen',
  'delivered',
  'pending',
  'sending',
  'failed',
  'error',
  'edited',
  'selected',
  'active',
  'hover',
  'focus',
  'highlight',
  'highlighted',
  'animate',
  'animation',
  'animated',
  'fade',
  'enter',
  'appear',
  'visible',
  'odd',
  'even',
  'complete',
  'streaming',
  'entry',
]);
