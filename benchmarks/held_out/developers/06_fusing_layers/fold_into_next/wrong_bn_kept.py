# Misconception: a new BN layer with the same values, then the conv, is the folded model
# Expect: fail
def fold_batchnorm(net):
    bn = keras.layers.BatchNormalization(epsilon=0.01)
    conv = keras.layers.Conv2D(4, 3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 3)), bn, conv])
    bn.set_weights(net.get_layer("bn").get_weights())
    conv.set_weights(net.get_layer("conv").get_weights())
    return model
