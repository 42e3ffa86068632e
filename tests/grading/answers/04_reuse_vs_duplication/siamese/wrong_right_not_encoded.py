# Misconception: only the left input needs encoding; the right one is subtracted as it is (explained from the learner's line by reuse_vs_duplication._input_not_shared, no table entry)
# Expect: fail "`right` goes into Subtract as it is"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.layers.Subtract()([encoder(left), right])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
