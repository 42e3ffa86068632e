# Misconception: a member can be given more say by listing it twice in Average (the ensemble
# the task describes weighs its two members equally) (explained by structure, no table entry).
# Expect: fail "an Average reads \[.*the output of the linear .*the output of the linear"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear, linear]))
