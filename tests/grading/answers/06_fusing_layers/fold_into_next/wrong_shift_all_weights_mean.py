# Misconception: the shift through the window taken as a mean over every weight it meets
# (explained by fusing_layers._shift_factor from the bias, no table entry)
# Expect: fail "averaged over all 27 weights of the window and its channels"
def fold_batchnorm(net):
    bn = net.get_layer("bn")
    g, be, mu, var = (np.asarray(w) for w in bn.get_weights())
    w, b = net.get_layer("conv").get_weights()
    s = g / np.sqrt(var + bn.epsilon)
    contributions = w * (be - mu * s)[None, None, :, None]
    out = keras.layers.Conv2D(filters=4, kernel_size=(3, 3), activation="relu")
    x = keras.Input((8, 8, 3))
    m = keras.Model(x, out(x))
    out.set_weights([w * s[:, None], b + contributions.mean(axis=(0, 1, 2))])
    return m
