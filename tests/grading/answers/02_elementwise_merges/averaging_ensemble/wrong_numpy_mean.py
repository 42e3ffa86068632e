# Misconception: NumPy averages the members' outputs inside the model (explained from the
# error NumPy raises in the learner's line, no table entry).
# Expect: fail "raised ValueError[\s\S]*a NumPy \(or TensorFlow\) function was called on a symbolic tensor"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, np.mean([network, linear], axis=0))
