# Misconception: loaded the pair again with load_pair() instead of using the argument
# Expect: fail
import keras


def fuse_pair(pair):
    source = load_pair()  # noqa: F821 -- defined in the notebook
    w1, b1 = source.get_layer("first").get_weights()
    w2, b2 = source.get_layer("second").get_weights()
    inputs = keras.Input(shape=(6,))
    layer = keras.layers.Dense(4)
    model = keras.Model(inputs, layer(inputs))
    layer.set_weights([w1 @ w2, b1 @ w2 + b2])
    return model
