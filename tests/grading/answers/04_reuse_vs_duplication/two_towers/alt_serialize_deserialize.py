# Alternative: the duplicate made through keras.layers.serialize / deserialize (a
# configuration again, so fresh values), renamed; the towers built in a helper.
# Expect: pass
def tower(layer, tensor):
    return layer(tensor)


def build_two_tower_model(encoder):
    query, document = keras.Input((8,)), keras.Input((8,))
    spec = keras.layers.serialize(encoder)
    spec["config"]["name"] = "document_tower"
    twin = keras.layers.deserialize(spec)
    codes = keras.layers.Concatenate(axis=-1)([tower(encoder, query), tower(twin, document)])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(codes))
