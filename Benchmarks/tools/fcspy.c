/* fcspy: counts and times fontconfig calls and thread creations in a process.
 * Build: gcc -O2 -shared -fPIC -o /tmp/fcspy.so fcspy.c $(pkg-config --cflags fontconfig) -ldl -lpthread
 * Use:   LD_PRELOAD=/tmp/fcspy.so tradebrief build --format pdf,svg --out /tmp/x --quiet
 *        (FCSPY_LOG=FILE also writes every pattern given to FcFontSort/FcFontSetSort.)
 * Prints one summary line per counter group on stderr at exit. A measuring aid only. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <pthread.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static double sort_t, match_t, init_t, prep_t; static int sort_n, match_n, init_n, prep_n, thread_n;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static FILE *logf;
__attribute__((destructor)) static void report(void){
  fprintf(stderr,"fcspy: FcFontSort %d calls %.1f ms; FcFontMatch %d calls %.1f ms; FcFontRenderPrepare %d %.1f ms; FcInit* %d %.1f ms; pthread_create %d\n",
    sort_n,sort_t*1e3,match_n,match_t*1e3,prep_n,prep_t*1e3,init_n,init_t*1e3,thread_n);
}
FcFontSet *FcFontSort(FcConfig *c, FcPattern *p, FcBool trim, FcCharSet **csp, FcResult *r){
  static FcFontSet *(*real)(FcConfig*,FcPattern*,FcBool,FcCharSet**,FcResult*); if(!real) real=dlsym(RTLD_NEXT,"FcFontSort");
  if(getenv("FCSPY_LOG")){ FcChar8 *s=FcNameUnparse(p); pthread_mutex_lock(&mu); if(!logf) logf=fopen(getenv("FCSPY_LOG"),"w"); fprintf(logf,"%s\n",s); fflush(logf); pthread_mutex_unlock(&mu); free(s);} 
  double t=now(); FcFontSet *res=real(c,p,trim,csp,r); t=now()-t;
  pthread_mutex_lock(&mu); sort_t+=t; sort_n++; pthread_mutex_unlock(&mu); return res; }
FcPattern *FcFontMatch(FcConfig *c, FcPattern *p, FcResult *r){
  static FcPattern *(*real)(FcConfig*,FcPattern*,FcResult*); if(!real) real=dlsym(RTLD_NEXT,"FcFontMatch");
  double t=now(); FcPattern *res=real(c,p,r); t=now()-t; pthread_mutex_lock(&mu); match_t+=t; match_n++; pthread_mutex_unlock(&mu); return res; }
FcPattern *FcFontRenderPrepare(FcConfig *c, FcPattern *p, FcPattern *f){
  static FcPattern *(*real)(FcConfig*,FcPattern*,FcPattern*); if(!real) real=dlsym(RTLD_NEXT,"FcFontRenderPrepare");
  double t=now(); FcPattern *res=real(c,p,f); t=now()-t; pthread_mutex_lock(&mu); prep_t+=t; prep_n++; pthread_mutex_unlock(&mu); return res; }
FcBool FcInit(void){ static FcBool (*real)(void); if(!real) real=dlsym(RTLD_NEXT,"FcInit"); double t=now(); FcBool r=real(); init_t+=now()-t; init_n++; return r; }
FcConfig *FcInitLoadConfigAndFonts(void){ static FcConfig *(*real)(void); if(!real) real=dlsym(RTLD_NEXT,"FcInitLoadConfigAndFonts"); double t=now(); FcConfig *r=real(); init_t+=now()-t; init_n++; return r; }
int pthread_create(pthread_t *th, const pthread_attr_t *a, void *(*f)(void*), void *arg){
  static int (*real)(pthread_t*,const pthread_attr_t*,void*(*)(void*),void*); if(!real) real=dlsym(RTLD_NEXT,"pthread_create");
  __atomic_add_fetch(&thread_n,1,__ATOMIC_SEQ_CST); return real(th,a,f,arg); }
static double ssort_t, smatch_t; static int ssort_n, smatch_n;
__attribute__((destructor)) static void report2(void){
  fprintf(stderr,"fcspy: FcFontSetSort %d calls %.1f ms; FcFontSetMatch %d calls %.1f ms\n", ssort_n, ssort_t*1e3, smatch_n, smatch_t*1e3);
}
FcFontSet *FcFontSetSort(FcConfig *c, FcFontSet **sets, int n, FcPattern *p, FcBool trim, FcCharSet **csp, FcResult *r){
  static FcFontSet *(*real)(FcConfig*,FcFontSet**,int,FcPattern*,FcBool,FcCharSet**,FcResult*); if(!real) real=dlsym(RTLD_NEXT,"FcFontSetSort");
  if(getenv("FCSPY_LOG")){ FcChar8 *s=FcNameUnparse(p); pthread_mutex_lock(&mu); if(!logf) logf=fopen(getenv("FCSPY_LOG"),"w"); fprintf(logf,"%s\n",s); fflush(logf); pthread_mutex_unlock(&mu); free(s);}
  double t=now(); FcFontSet *res=real(c,sets,n,p,trim,csp,r); t=now()-t; pthread_mutex_lock(&mu); ssort_t+=t; ssort_n++; pthread_mutex_unlock(&mu); return res; }
FcPattern *FcFontSetMatch(FcConfig *c, FcFontSet **sets, int n, FcPattern *p, FcResult *r){
  static FcPattern *(*real)(FcConfig*,FcFontSet**,int,FcPattern*,FcResult*); if(!real) real=dlsym(RTLD_NEXT,"FcFontSetMatch");
  double t=now(); FcPattern *res=real(c,sets,n,p,r); t=now()-t; pthread_mutex_lock(&mu); smatch_t+=t; smatch_n++; pthread_mutex_unlock(&mu); return res; }
