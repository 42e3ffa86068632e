# Misconception: computed the fused values but forgot to put them into the layer
# Expect: fail
import keras


def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    kernel = w1 @ w2
    bias = b1 @ w2 + b2
    inputs = keras.Input(shape=(6,))
    return keras.Model(inputs, keras.layers.Dense(4)(inputs))
