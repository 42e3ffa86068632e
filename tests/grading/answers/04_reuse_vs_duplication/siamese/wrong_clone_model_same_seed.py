# Misconception: clone_model of the encoder, under the same seed, is the same encoder (a held-out answer; explained from the graph Keras was building and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "clone_model made a second copy of model '\w+' \(\w+\), the same values \(the same seed\), in variables of its own, where the task shares one model, called on every input"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    keras.utils.set_random_seed(1)
    enc = keras.Sequential([keras.Input((10,)), keras.layers.Dense(6, activation="tanh")])
    keras.utils.set_random_seed(1)
    enc2 = keras.models.clone_model(enc)
    d = keras.layers.Subtract()([enc(left), enc2(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(d))
