# Alternative: the "adam" string (its default rate is 1e-3, at the limit)
# Expect: pass
def prepare_fine_tuning(model, extractor):
    extractor.trainable = True
    for layer in extractor.layers:
        layer.trainable = layer.name not in ("hidden", "norm")
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    return model
