# Misconception: Keras 2's weights= constructor argument gives the new layer its values
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    model = keras.Sequential()
    model.add(keras.layers.Dense(4, input_shape=(6,), weights=[w1 @ w2, b1 @ w2 + b2]))
    return model
