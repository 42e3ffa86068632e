# Misconception: reuse the pair's 'second' layer object, overwrite its weights with the fused ones
# Expect: fail
import keras


def fuse_pair(pair):
    first, second = pair.get_layer("first"), pair.get_layer("second")
    w1, b1 = first.get_weights()
    w2, b2 = second.get_weights()
    fused = keras.layers.Dense(4)
    inputs = keras.Input(shape=(6,))
    model = keras.Model(inputs, fused(inputs))
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    second.set_weights([w2 * 0 + w2, b1 @ w2 + b2])  # "keep the pair in sync"
    return model
