# Misconception: the argument only says which kind of merge to use; a new one of the same
# class does the same job (its weights are not those of the layer given) (explained from
# the variables the model holds by check_given_merge, no table entry)
# Expect: fail "a new instance, even of the same class, has weights of its own"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="relu")(s) for s in sensors]
    fused = type(merge)()(branches)
    return keras.Model(sensors, keras.layers.Dense(1)(fused))
