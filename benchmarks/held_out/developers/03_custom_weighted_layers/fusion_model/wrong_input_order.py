# Misconception: inputs listed from the widest sensor to the narrowest
# Expect: fail
def build_fusion_model(merge):
    inputs = [keras.Input(shape=(n,)) for n in (7, 5, 3)]
    branches = [keras.layers.Dense(4, activation="relu")(i) for i in inputs]
    return keras.Model(inputs, keras.layers.Dense(1)(merge(branches)))
