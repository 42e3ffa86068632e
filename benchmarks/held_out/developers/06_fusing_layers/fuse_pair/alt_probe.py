# Alternative: the pair is affine, so probe it: bias = pair(0), kernel rows = pair(e_i) - pair(0)
# Expect: pass
def fuse_pair(pair):
    eye = np.eye(6, dtype="float32")
    zero = np.zeros((1, 6), dtype="float32")
    bias = np.asarray(pair(zero))[0]
    kernel = np.asarray(pair(eye)) - bias
    fused = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(4)])
    fused.set_weights([kernel, bias])
    return fused
