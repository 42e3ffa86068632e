# Misconception: NumPy can compute on the symbolic keras.Input like on an array
# Expect: fail
def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    inputs = keras.Input(shape=(6,))
    outputs = np.dot(inputs, w1 @ w2) + (b1 @ w2 + b2)
    return keras.Model(inputs, outputs)
