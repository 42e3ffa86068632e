# Misconception: a merge is called like a function of several tensors, merge(a, b, c)
# (a Keras layer takes its inputs as one list) (explained from the error Keras raises, no
# table entry)
# Expect: fail "a layer was called on separate tensors, Layer\(\)\(a, b\)"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    a, b, c = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    return keras.Model(sensors, keras.layers.Dense(1)(merge(a, b, c)))
