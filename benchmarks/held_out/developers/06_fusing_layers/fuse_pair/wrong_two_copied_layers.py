# Misconception: copying both layers into a new model is fusing them (new variables, same two layers)
# Expect: fail
def fuse_pair(pair):
    first = keras.layers.Dense(12)
    second = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), first, second])
    first.set_weights(pair.get_layer("first").get_weights())
    second.set_weights(pair.get_layer("second").get_weights())
    return model
