# Misconception: folding means copying both layers into a new model (BN and the convolution
# are still two layers) (explained by structure, no table entry).
# Expect: fail "the BatchNormalization is still there, a layer of its own"
def fold_batchnorm(net):
    bn = keras.layers.BatchNormalization(epsilon=0.01)
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), bn, conv])
    bn.set_weights(net.get_layer("bn").get_weights())
    conv.set_weights(net.get_layer("conv").get_weights())
    return model
