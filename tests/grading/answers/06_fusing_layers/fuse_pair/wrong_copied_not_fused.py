# Misconception: copying the two layers into a new model is fusing them.
# (explained by fusing_layers.check_one_layer, no table entry)
# Expect: fail "Received: +2 layers with weights"
def fuse_pair(pair):
    first, second = keras.layers.Dense(12), keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), first, second])
    first.set_weights(pair.get_layer("first").get_weights())
    second.set_weights(pair.get_layer("second").get_weights())
    return model
