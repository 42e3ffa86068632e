# Misconception: set_weights works on a layer right after it is created
# Expect: fail
import keras


def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    layer = keras.layers.Dense(4)
    layer.set_weights([w1 @ w2, b1 @ w2 + b2])
    inputs = keras.Input(shape=(6,))
    return keras.Model(inputs, layer(inputs))
