import defaultBook from '../../phrasebook/default.json';
import ecommercePack from '../../phrasebook/packs/ecommerce.json';
import foodDeliveryPack from '../../phrasebook/packs/food-delivery.json';
import heatingPack from '../../phrasebook/packs/heating.json';
import telecomPack from '../../phrasebook/packs/telecom.json';
import utilitiesPack from '../../phrasebook/packs/utilities.json';
import vipTechPack from '../../phrasebook/packs/vip-tech.json';
import type { PhrasebookError } from './errors';
import type { IndustryId, LocalizedText, Phrasebook } from './schema';
import { parsePhrasebook } from './validate';

/** The industries a pack can serve, named for the pack picker. */
export const INDUSTRIES: readonly { id: IndustryId; name: LocalizedText }[] = [
  { id: 'heating', name: { 'zh-CN': '供暖', en: 'District heating' } },
  { id: 'telecom', name: { 'zh-CN': '通信宽带', en: 'Telecom and broadband' } },
  { id: 'ecommerce', name: { 'zh-CN': '电商', en: 'E-commerce' } },
  { id: 'vip-tech', name: { 'zh-CN': 'VIP 技术服务', en: 'Tech service for VIP clients' } },
  { id: 'food-delivery', name: { 'zh-CN': '餐饮外卖', en: 'Restaurants and delivery' } },
  { id: 'utilities', name: { 'zh-CN': '水电燃气', en: 'Utilities' } },
];

/** The shipped files as bundled, keyed by their path under `phrasebook/` so errors name the file. */
const SHIPPED_FILES: Readonly<Record<string, unknown>> = {
  'default.json': defaultBook,
  'packs/heating.json': heatingPack,
  'packs/telecom.json': telecomPack,
  'packs/ecommerce.json': ecommercePack,
  'packs/vip-tech.json': vipTechPack,
  'packs/food-delivery.json': foodDeliveryPack,
  'packs/utilities.json': utilitiesPack,
};

function parseShipped(): { phrasebooks: Phrasebook[]; errors: PhrasebookError[] } {
  const phrasebooks: Phrasebook[] = [];
  const errors: PhrasebookError[] = [];
  for (const [file, raw] of Object.entries(SHIPPED_FILES)) {
    const result = parsePhrasebook(raw, file);
    if (result.ok) phrasebooks.push(result.phrasebook);
    else errors.push(...result.errors);
  }
  return { phrasebooks, errors };
}

const shipped = parseShipped();

/**
 * The default phrasebook and every industry pack, validated. A shipped file that fails validation is left out
 * (and listed in SHIPPED_PHRASEBOOK_ERRORS) rather than taking the panel down; the unit tests keep that list empty.
 */
export const SHIPPED_PHRASEBOOKS: readonly Phrasebook[] = shipped.phrasebooks;
export const SHIPPED_PHRASEBOOK_ERRORS: readonly PhrasebookError[] = shipped.errors;
