# Misconception: the folded values set on one Conv2D reach the copy put in the model (explained from the layer's own initializer by fusing_layers._never_set, no table entry)
# Expect: fail "folded layer: its values were never set: the kernel is still the random one its initializer \(HeNormal\)"
def fold_batchnorm(net):
    bn, conv = net.get_layer("bn"), net.get_layer("conv")
    gamma, beta, mean, variance = bn.get_weights()
    kernel, bias = conv.get_weights()
    scale = gamma / np.sqrt(variance + bn.epsilon)
    shift = beta - mean * scale
    folded = keras.layers.Conv2D(4, 3, activation="relu", kernel_initializer="he_normal")
    folded.build((None, 8, 8, 3))
    folded.set_weights([kernel * scale[:, None], bias + np.einsum("ijco,c->o", kernel, shift)])
    fresh = keras.layers.Conv2D.from_config(folded.get_config())
    return keras.Sequential([keras.Input(shape=(8, 8, 3)), fresh])
