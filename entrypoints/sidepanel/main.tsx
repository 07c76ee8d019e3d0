import { render } from 'preact';
import { PanelApp } from '../../src/panel/PanelApp';
import '../../src/panel/panel.css';

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
