export { default, alt, contentType, size } from '@/modules/topic/opengraph-image';
