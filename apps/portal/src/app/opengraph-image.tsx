export { default, alt, contentType, size } from '@/modules/home/opengraph-image';
