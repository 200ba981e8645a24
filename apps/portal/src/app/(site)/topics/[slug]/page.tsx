export { default, generateMetadata, generateStaticParams } from '@/modules/topic/page';
