# Misconception: ensemble members share one architecture, as in the lesson (transcription, not
# transfer: member 2 here is a linear classifier).
# Expect: fail "both members are small networks"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    members = []
    for _ in range(2):
        hidden = keras.layers.Dense(5, activation="relu")(inputs)
        members.append(keras.layers.Dense(4, activation="softmax")(hidden))
    return keras.Model(inputs, keras.layers.Average()(members))
