export { default, alt, contentType, size } from '@/modules/region/opengraph-image';
