# Misconception: a merge that mixes with weights between 0 and 1 wants inputs between 0
# and 1 too, so the branches use sigmoid (explained by structure: the three branches'
# activation changed in the task's architecture, no table entry)
# Expect: fail "accelerometer_branch and gyroscope_branch and magnetometer_branch have a sigmoid"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="sigmoid")(s) for s in sensors]
    return keras.Model(sensors, keras.layers.Dense(1)(merge(branches)))
