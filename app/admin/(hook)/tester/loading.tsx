export { HookPageLoading as default } from "@/components/admin/hook-page-loading";
