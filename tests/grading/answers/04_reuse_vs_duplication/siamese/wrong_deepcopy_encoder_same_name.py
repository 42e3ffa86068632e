# Misconception: copy.deepcopy gives the same encoder for the second input, name and all (a held-out answer; explained from the graph Keras was building and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "copy\.deepcopy made a second copy of Dense layer '\w+', the same values, in variables of its own, where the task shares one layer, called on every input"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    import copy

    enc = keras.layers.Dense(6, activation="tanh")
    left_code = enc(left)
    right_code = copy.deepcopy(enc)(right)
    difference = keras.layers.Subtract()([left_code, right_code])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(difference))
