# Misconception: the bias goes through W2 elementwise: b = (b1 * W2).sum(axis=1)[:4]... using W2's other axis
# Expect: fail
import keras


def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    inputs = keras.Input(shape=(6,))
    layer = keras.layers.Dense(4)
    model = keras.Model(inputs, layer(inputs))
    layer.set_weights([w1 @ w2, w2.sum(axis=0) + b2])
    return model
